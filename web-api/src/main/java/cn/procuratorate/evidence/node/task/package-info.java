/**
 * A user's work in this node's engine: the tasks that are theirs by name or by process group
 * ({@code GET /api/tasks}), claiming one, completing it with its decision, and the reminders and
 * escalations addressed to them ({@code GET /api/notices}). Decisions are checked here (which
 * variables a task takes, of which type) and by the processes' own listeners (what a decision
 * needs, four eyes); the user who completes a task is recorded as its decider.
 */
package cn.procuratorate.evidence.node.task;
