/** The node's OpenAPI document (served at /v3/api-docs, Swagger UI at /swagger-ui.html). */
package cn.procuratorate.evidence.node.apidoc;
