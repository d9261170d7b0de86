package cn.procuratorate.evidence.node.supervision;

import cn.procuratorate.evidence.ledger.model.Supervision;
import java.util.Optional;

/** Supervisions as the ledger has them, with their whole history (implemented over the ledger client). */
public interface SupervisionRecords {

  Optional<Supervision> find(String supervisionId);
}
