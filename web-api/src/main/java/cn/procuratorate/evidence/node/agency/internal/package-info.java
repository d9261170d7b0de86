/** Reading this agency's connection profile (and its ports and database location) at start-up. */
package cn.procuratorate.evidence.node.agency.internal;
