package cn.procuratorate.evidence.ledger.model;

/** The procuratorate's supervision instruments. */
public enum SupervisionKind {
    /** 要求说明不立案理由: explain why a case was not filed. */
    CASE_FILING_EXPLANATION,
    /** 要求说明立案理由: explain why a case was filed. */
    CASE_WITHDRAWAL_EXPLANATION,
    /** 检察建议: procuratorial recommendation, answered within (by default) two months. */
    PROCURATORIAL_RECOMMENDATION,
    /** 纠正违法通知: notice to correct a violation. */
    CORRECTION_NOTICE
}
