package cn.procuratorate.evidence.ledger.model;

/**
 * The chaincode's contract and function names: the interface between the chaincode and the
 * ledger client. A chaincode test checks that every name here is a transaction of its contract.
 * The chaincode itself is installed under the name {@link #CHAINCODE}.
 */
public final class LedgerContracts {

    public static final String CHAINCODE = "evidence";

    private LedgerContracts() {
    }

    /** The bare baseline transaction for benchmarks and network checks; needs no registered agency. */
    public static final class Probe {
        public static final String NAME = "probe";
        public static final String WRITE_PROBE = "writeProbe";
        public static final String READ_PROBE = "readProbe";

        private Probe() {
        }
    }

    public static final class Agencies {
        public static final String NAME = "agency";
        public static final String REGISTER_AGENCY = "registerAgency";
        public static final String GET_AGENCY = "getAgency";
        public static final String LIST_AGENCIES = "listAgencies";

        private Agencies() {
        }
    }

    public static final class EvidenceCustody {
        public static final String NAME = "evidence";
        public static final String REGISTER_EVIDENCE = "registerEvidence";
        public static final String GET_EVIDENCE = "getEvidence";
        public static final String FIND_BY_SHA256 = "findBySha256";
        public static final String FIND_BY_SM3 = "findBySm3";
        public static final String GRANT_ACCESS = "grantAccess";
        public static final String REVOKE_ACCESS = "revokeAccess";
        public static final String HAS_ACCESS = "hasAccess";
        public static final String RECORD_RECEIPT = "recordReceipt";
        public static final String RECORD_VERIFICATION = "recordVerification";
        public static final String RECORD_ACCESSES = "recordAccesses";
        public static final String GET_CUSTODY_TIMELINE = "getCustodyTimeline";

        private EvidenceCustody() {
        }
    }

    public static final class Leads {
        public static final String NAME = "lead";
        public static final String SUBMIT_LEAD = "submitLead";
        public static final String ACCEPT_LEAD = "acceptLead";
        public static final String REJECT_LEAD = "rejectLead";
        public static final String RECORD_LEAD_OUTCOME = "recordLeadOutcome";
        public static final String GET_LEAD = "getLead";

        private Leads() {
        }
    }

    public static final class Supervisions {
        public static final String NAME = "supervision";
        public static final String ISSUE_SUPERVISION = "issueSupervision";
        public static final String RESPOND_SUPERVISION = "respondSupervision";
        public static final String MARK_OVERDUE = "markOverdue";
        public static final String EVALUATE_SUPERVISION = "evaluateSupervision";
        public static final String CLOSE_SUPERVISION = "closeSupervision";
        public static final String ESCALATE_SUPERVISION = "escalateSupervision";
        public static final String GET_SUPERVISION = "getSupervision";

        private Supervisions() {
        }
    }
}
