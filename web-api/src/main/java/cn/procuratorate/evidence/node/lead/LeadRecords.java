package cn.procuratorate.evidence.node.lead;

import cn.procuratorate.evidence.ledger.model.Lead;
import java.util.Optional;

/** Leads as the ledger has them, with their whole history (implemented over the ledger client). */
public interface LeadRecords {

  Optional<Lead> find(String leadId);
}
