package cn.procuratorate.evidence.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

    private final DeadlineRules rules = DeadlineRules.procedural();

    @Test
    void theProceduralPeriodsAreTheDefaults() {
        assertThat(rules.supervision("CASE_FILING_EXPLANATION").within()).isEqualTo("P7D");
        assertThat(rules.supervision("CASE_WITHDRAWAL_EXPLANATION").within()).isEqualTo("P7D");
        assertThat(rules.supervision("PROCURATORIAL_RECOMMENDATION").within()).isEqualTo("P2M");
        assertThat(rules.leadFeedback().within()).isEqualTo("P30D");
    }

    @Test
    void aKindWithoutRuleIsRefusedWithTheKnownKinds() {
        assertThatThrownBy(() -> rules.supervision("PLEASE_EXPLAIN"))
                .hasMessageContaining("PLEASE_EXPLAIN").hasMessageContaining("CASE_FILING_EXPLANATION");
    }

    @Test
    void aMalformedConfiguredDeadlineIsRefusedWhenTheNodeStarts() {
        assertThatThrownBy(() -> new Deadline("two months", "P7D")).hasMessageContaining("within");
    }
}
