package cn.procuratorate.evidence.node.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * @param kind the ledger's kind: {@code CASE_FILING_EXPLANATION}, {@code CASE_WITHDRAWAL_EXPLANATION},
 *     {@code PROCURATORIAL_RECOMMENDATION}, {@code CORRECTION_NOTICE}; its reply deadline follows
 *     the procedural rules (node configuration)
 * @param targetAgency the supervised agency, by short name or MSP id
 * @param evidenceIds items the target needs (this agency's, shared on issue, or the target's own)
 * @param subject the supervision in words; it stays in this node, the ledger carries its SHA-256
 */
public record SupervisionIssueRequest(
    @NotBlank @Size(max = 64) String kind,
    @NotBlank @Size(max = 64) String targetAgency,
    @Size(max = 100) List<@NotBlank @Size(max = 64) String> evidenceIds,
    @Size(max = 8000) String subject) {}
