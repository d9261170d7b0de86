/** Problem details for errors the servlet container answers itself. */
package cn.procuratorate.evidence.node.problem.internal;
