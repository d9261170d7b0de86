/**
 * Who this node is: the agency chosen by {@code evidence.agency}, its connection profile, its data
 * directory, and the other members of the consortium (from their profiles) by short name and MSP id.
 */
package cn.procuratorate.evidence.node.agency;
