/** The exchange's mutual-TLS connector, certificate-to-agency mapping, port guard and HTTPS client. */
package cn.procuratorate.evidence.node.exchange.internal;
