/** Completion listeners of user tasks: who decided, and what a decision must carry. */
package cn.procuratorate.evidence.workflow.task;
