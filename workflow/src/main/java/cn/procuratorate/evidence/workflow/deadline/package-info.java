/** Deadlines from the procedural rules, and date arithmetic with ISO-8601 durations. */
package cn.procuratorate.evidence.workflow.deadline;
