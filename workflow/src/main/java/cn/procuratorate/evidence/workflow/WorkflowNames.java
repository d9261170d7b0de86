package cn.procuratorate.evidence.workflow;

/**
 * Every name the BPMN files share with Java: process keys, message names, variables, activity ids,
 * roles and delegate bean names. The BPMN files spell them out literally (XML cannot refer to Java);
 * {@code BpmnNamesTest} fails when a constant here and the files drift apart.
 */
public final class WorkflowNames {

    private WorkflowNames() {
    }

    /** Process keys; each is also the BPMN file name under {@code bpmn/}. */
    public static final class Processes {
        /** Sender's side of a lead transfer (线索移送): police or an administrative agency. */
        public static final String LEAD_TRANSFER = "lead-transfer";
        /** Receiver's side of a lead transfer: the procuratorate reviews and decides. */
        public static final String LEAD_INTAKE = "lead-intake";
        /** Procuratorate's side of a supervision (立案监督, 检察建议, …). */
        public static final String SUPERVISION_ISSUE = "supervision-issue";
        /** Supervised agency's side: assign, answer, approve, send. */
        public static final String SUPERVISION_RESPONSE = "supervision-response";

        private Processes() {
        }
    }

    /**
     * BPMN message names. Each is named after the chaincode event that triggers it, so the ledger
     * event type and the message are the same word.
     */
    public static final class Messages {
        public static final String LEAD_SUBMITTED = "LeadSubmitted";
        public static final String LEAD_ACCEPTED = "LeadAccepted";
        public static final String LEAD_REJECTED = "LeadRejected";
        public static final String LEAD_CONCLUDED = "LeadConcluded";
        public static final String SUPERVISION_ISSUED = "SupervisionIssued";
        public static final String SUPERVISION_RESPONDED = "SupervisionResponded";
        public static final String SUPERVISION_CLOSED = "SupervisionClosed";
        public static final String SUPERVISION_ESCALATED = "SupervisionEscalated";

        private Messages() {
        }
    }

    /** Process variables. Lists are stored as comma-separated strings (see {@code EvidenceIds}). */
    public static final class Vars {
        // lead
        public static final String LEAD_ID = "leadId";
        public static final String SENDER_MSP = "senderMsp";
        public static final String RECEIVER_MSP = "receiverMsp";
        public static final String EVIDENCE_IDS = "evidenceIds";
        public static final String SUMMARY_DIGEST = "summaryDigest";
        public static final String SUBMITTED_BY = "submittedBy";
        public static final String FEEDBACK_WITHIN = "feedbackWithin";
        public static final String FEEDBACK_REMIND_BEFORE = "feedbackRemindBefore";
        public static final String FEEDBACK_DUE_AT = "feedbackDueAt";
        public static final String FEEDBACK_REMIND_AT = "feedbackRemindAt";
        public static final String EVIDENCE_VERIFIED = "evidenceVerified";
        public static final String EVIDENCE_REPORT = "evidenceReport";
        public static final String LEAD_ACCEPTED = "leadAccepted";
        public static final String DECISION_REASON = "decisionReason";
        public static final String REVIEWED_BY = "reviewedBy";
        /** At the sender: who decided at the receiver, as the ledger event says. */
        public static final String DECIDED_BY = "decidedBy";
        public static final String LEAD_OUTCOME = "leadOutcome";
        public static final String OUTCOME_REPORTED_BY = "outcomeReportedBy";

        // supervision
        public static final String SUPERVISION_ID = "supervisionId";
        public static final String ISSUER_MSP = "issuerMsp";
        public static final String TARGET_MSP = "targetMsp";
        public static final String SUPERVISION_KIND = "supervisionKind";
        public static final String SUBJECT_DIGEST = "subjectDigest";
        public static final String ISSUED_BY = "issuedBy";
        public static final String REPLY_WITHIN = "replyWithin";
        public static final String REPLY_REMIND_BEFORE = "replyRemindBefore";
        public static final String REPLY_DUE_AT = "replyDueAt";
        public static final String REPLY_REMIND_AT = "replyRemindAt";
        public static final String ANSWER_ASSIGNEE = "answerAssignee";
        public static final String ASSIGNED_BY = "assignedBy";
        public static final String RESPONSE_DIGEST = "responseDigest";
        public static final String ANSWERED_BY = "answeredBy";
        public static final String ANSWER_APPROVED = "answerApproved";
        public static final String APPROVAL_NOTE = "approvalNote";
        public static final String APPROVED_BY = "approvedBy";
        public static final String ANSWER_SATISFACTORY = "answerSatisfactory";
        public static final String EVALUATION_NOTE = "evaluationNote";
        public static final String EVALUATED_BY = "evaluatedBy";
        public static final String ESCALATION_REASON = "escalationReason";

        // ledger transaction ids, one per hand-off, for the timeline and for audits
        public static final String SUBMIT_TX_ID = "submitTxId";
        public static final String DECISION_TX_ID = "decisionTxId";
        public static final String OUTCOME_TX_ID = "outcomeTxId";
        public static final String ISSUE_TX_ID = "issueTxId";
        public static final String RESPONSE_TX_ID = "responseTxId";
        public static final String OVERDUE_TX_ID = "overdueTxId";
        public static final String EVALUATION_TX_ID = "evaluationTxId";
        public static final String CLOSE_TX_ID = "closeTxId";
        public static final String ESCALATION_TX_ID = "escalationTxId";

        /** Prefix of the variable that remembers which ledger event (by id) reached the instance. */
        public static final String LEDGER_EVENT_PREFIX = "ledgerEvent_";

        // inputs of the notice tasks (local to the task)
        public static final String NOTICE_TOPIC = "noticeTopic";
        public static final String NOTICE_TO_USER = "noticeToUser";
        public static final String NOTICE_TO_ROLE = "noticeToRole";
        public static final String NOTICE_DUE_AT = "noticeDueAt";

        private Vars() {
        }
    }

    /** Activity ids the API and the tests refer to (user tasks, wait states, timers, ends). */
    public static final class Activities {
        // lead-transfer
        public static final String SUBMIT_LEAD_TO_LEDGER = "SubmitLeadToLedger";
        public static final String AWAIT_RECEIVER_FEEDBACK = "AwaitReceiverFeedback";
        public static final String AWAIT_LEAD_DECISION = "AwaitLeadDecision";
        public static final String LEAD_ACCEPTED_RECEIVED = "LeadAcceptedReceived";
        public static final String LEAD_REJECTED_RECEIVED = "LeadRejectedReceived";
        public static final String AWAIT_LEAD_OUTCOME = "AwaitLeadOutcome";
        public static final String FEEDBACK_REMINDER_DUE = "FeedbackReminderDue";
        public static final String FEEDBACK_DEADLINE_PASSED = "FeedbackDeadlinePassed";
        public static final String REMIND_SUBMITTER_OF_FEEDBACK = "RemindSubmitterOfFeedback";
        public static final String ESCALATE_MISSING_FEEDBACK = "EscalateMissingFeedback";
        public static final String LEAD_TRANSFER_CONCLUDED = "LeadTransferConcluded";
        public static final String LEAD_TRANSFER_REJECTED = "LeadTransferRejected";

        // lead-intake
        public static final String FETCH_AND_VERIFY_EVIDENCE = "FetchAndVerifyEvidence";
        public static final String REVIEW_LEAD = "ReviewLead";
        public static final String ACCEPT_LEAD_ON_LEDGER = "AcceptLeadOnLedger";
        public static final String REJECT_LEAD_ON_LEDGER = "RejectLeadOnLedger";
        public static final String REPORT_LEAD_OUTCOME = "ReportLeadOutcome";
        public static final String RECORD_LEAD_OUTCOME_ON_LEDGER = "RecordLeadOutcomeOnLedger";
        public static final String LEAD_INTAKE_CONCLUDED = "LeadIntakeConcluded";
        public static final String LEAD_INTAKE_REJECTED = "LeadIntakeRejected";

        // supervision-issue
        public static final String ISSUE_SUPERVISION_ON_LEDGER = "IssueSupervisionOnLedger";
        public static final String AWAIT_ANSWER = "AwaitAnswer";
        public static final String REPLY_REMINDER_DUE = "ReplyReminderDue";
        public static final String REPLY_DEADLINE_PASSED = "ReplyDeadlinePassed";
        public static final String REMIND_ISSUER_OF_REPLY = "RemindIssuerOfReply";
        public static final String MARK_SUPERVISION_OVERDUE = "MarkSupervisionOverdue";
        public static final String ESCALATE_OVERDUE_SUPERVISION = "EscalateOverdueSupervision";
        public static final String AWAIT_LATE_ANSWER = "AwaitLateAnswer";
        public static final String EVALUATE_ANSWER = "EvaluateAnswer";
        public static final String RECORD_EVALUATION_ON_LEDGER = "RecordEvaluationOnLedger";
        public static final String CLOSE_SUPERVISION_ON_LEDGER = "CloseSupervisionOnLedger";
        public static final String ESCALATE_SUPERVISION_ON_LEDGER = "EscalateSupervisionOnLedger";
        public static final String NOTIFY_SUPERVISION_ESCALATED = "NotifySupervisionEscalated";
        public static final String SUPERVISION_CLOSED_END = "SupervisionClosedEnd";
        public static final String SUPERVISION_ESCALATED_END = "SupervisionEscalatedEnd";

        // supervision-response
        public static final String PREPARE_ANSWER = "PrepareAnswer";
        public static final String ASSIGN_SUPERVISION = "AssignSupervision";
        public static final String DRAFT_ANSWER = "DraftAnswer";
        public static final String APPROVE_ANSWER = "ApproveAnswer";
        public static final String ANSWER_REMINDER_DUE = "AnswerReminderDue";
        public static final String ANSWER_DEADLINE_PASSED = "AnswerDeadlinePassed";
        public static final String REMIND_ANSWER_DUE = "RemindAnswerDue";
        public static final String ESCALATE_LATE_ANSWER = "EscalateLateAnswer";
        public static final String RECORD_ANSWER_ON_LEDGER = "RecordAnswerOnLedger";
        public static final String AWAIT_EVALUATION = "AwaitEvaluation";
        public static final String NOTIFY_TARGET_ESCALATED = "NotifyTargetEscalated";
        public static final String RESPONSE_CLOSED_END = "ResponseClosedEnd";
        public static final String RESPONSE_ESCALATED_END = "ResponseEscalatedEnd";

        private Activities() {
        }
    }

    /** Candidate groups of user tasks and recipients of escalations. */
    public static final class Roles {
        public static final String PROSECUTOR = "prosecutor";
        /** 检察长 / 分管副检察长: receives the procuratorate's escalations. */
        public static final String CHIEF_PROSECUTOR = "chief-prosecutor";
        /** The desk of a supervised agency (法制部门) that assigns incoming supervisions. */
        public static final String SUPERVISION_DESK = "supervision-desk";
        /** Head of a non-procuratorate agency: approves answers, receives its escalations. */
        public static final String AGENCY_HEAD = "agency-head";

        private Roles() {
        }
    }

    /** Topics of reminders and escalations, so a notifier can pick its wording. */
    public static final class Topics {
        public static final String LEAD_FEEDBACK = "lead-feedback";
        public static final String SUPERVISION_REPLY = "supervision-reply";
        public static final String SUPERVISION_ANSWER = "supervision-answer";
        public static final String SUPERVISION_ESCALATED = "supervision-escalated";

        private Topics() {
        }
    }

    /** Names under which the delegates must be visible to the processes' expressions. */
    public static final class Beans {
        public static final String SUBMIT_LEAD_TO_LEDGER = "submitLeadToLedger";
        public static final String PLAN_FEEDBACK_DEADLINE = "planFeedbackDeadline";
        public static final String FETCH_AND_VERIFY_EVIDENCE = "fetchAndVerifyEvidence";
        public static final String ACCEPT_LEAD_ON_LEDGER = "acceptLeadOnLedger";
        public static final String REJECT_LEAD_ON_LEDGER = "rejectLeadOnLedger";
        public static final String RECORD_LEAD_OUTCOME_ON_LEDGER = "recordLeadOutcomeOnLedger";
        public static final String APPLY_REPLY_PERIOD_RULES = "applyReplyPeriodRules";
        public static final String ISSUE_SUPERVISION_ON_LEDGER = "issueSupervisionOnLedger";
        public static final String PLAN_REPLY_REMINDER = "planReplyReminder";
        public static final String MARK_SUPERVISION_OVERDUE = "markSupervisionOverdue";
        public static final String RECORD_EVALUATION_ON_LEDGER = "recordEvaluationOnLedger";
        public static final String CLOSE_SUPERVISION_ON_LEDGER = "closeSupervisionOnLedger";
        public static final String ESCALATE_SUPERVISION_ON_LEDGER = "escalateSupervisionOnLedger";
        public static final String RECORD_ANSWER_ON_LEDGER = "recordAnswerOnLedger";
        public static final String SEND_REMINDER = "sendReminder";
        public static final String SEND_ESCALATION = "sendEscalation";

        private Beans() {
        }
    }
}
