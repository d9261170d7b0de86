package cn.procuratorate.evidence.node.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * @param receiverAgency who receives the lead, by short name ({@code procuratorate}) or MSP id
 * @param evidenceIds items the receiver needs (this agency's, shared in the same transaction, or
 *     the receiver's own); at most 100, as on the ledger
 * @param summary the lead in words; it stays in this node, the ledger carries its SHA-256
 */
public record LeadRequest(
    @NotBlank @Size(max = 64) String receiverAgency,
    @Size(max = 100) List<@NotBlank @Size(max = 64) String> evidenceIds,
    @Size(max = 8000) String summary) {}
