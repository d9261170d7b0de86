/** Reminders and escalations to the node's own users, through the notifier port. */
package cn.procuratorate.evidence.workflow.notice;
