/** Security filter chain, role rules, development users and the JWT-to-user mapping. */
package cn.procuratorate.evidence.node.security.internal;
