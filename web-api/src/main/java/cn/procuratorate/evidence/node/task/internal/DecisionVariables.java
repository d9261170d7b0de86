package cn.procuratorate.evidence.node.task.internal;

import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.workflow.HandOffInput;
import cn.procuratorate.evidence.workflow.WorkflowNames.Activities;
import cn.procuratorate.evidence.workflow.WorkflowNames.Vars;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The variables a client may set when it completes each task, and their types. Anything else is
 * refused: a client must not overwrite what the process computed ({@code evidenceVerified}, a
 * deadline, who decided). Texts that go on the ledger follow its rules here already, so a decision
 * the ledger would refuse fails while the user is still at the task, not later as an incident.
 */
public final class DecisionVariables {

  /** Free text of a draft answer: kept in this node; the ledger carries its SHA-256. */
  public static final String ANSWER_TEXT = "answerText";

  private enum Type { BOOLEAN, ID, LEDGER_TEXT, SHA256_HEX, ANSWER }

  private static final Map<String, Map<String, Type>> BY_TASK = Map.of(
      Activities.REVIEW_LEAD, Map.of(Vars.LEAD_ACCEPTED, Type.BOOLEAN, Vars.DECISION_REASON, Type.LEDGER_TEXT),
      Activities.REPORT_LEAD_OUTCOME, Map.of(Vars.LEAD_OUTCOME, Type.ID),
      Activities.ASSIGN_SUPERVISION, Map.of(Vars.ANSWER_ASSIGNEE, Type.ID),
      Activities.DRAFT_ANSWER, Map.of(Vars.RESPONSE_DIGEST, Type.SHA256_HEX, "answer", Type.ANSWER),
      Activities.APPROVE_ANSWER, Map.of(Vars.ANSWER_APPROVED, Type.BOOLEAN, Vars.APPROVAL_NOTE, Type.LEDGER_TEXT),
      Activities.EVALUATE_ANSWER,
      Map.of(Vars.ANSWER_SATISFACTORY, Type.BOOLEAN, Vars.EVALUATION_NOTE, Type.LEDGER_TEXT));

  private static final int MAX_ANSWER = 8000;

  private DecisionVariables() {}

  /** The variables to complete the task with; refuses unknown names and wrong types (400). */
  public static Map<String, Object> check(String taskKey, Map<String, Object> given) {
    Map<String, Type> allowed = BY_TASK.getOrDefault(taskKey, Map.of());
    Map<String, Object> checked = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : (given == null ? Map.<String, Object>of() : given).entrySet()) {
      Type type = allowed.get(entry.getKey());
      if (type == null) {
        throw new EvidenceProblem(ProblemKind.INVALID_FIELD, "task " + taskKey + " takes "
            + (allowed.isEmpty() ? "no variables" : new TreeMap<>(allowed).keySet().toString())
            + ", not \"" + shown(entry.getKey()) + "\"");
      }
      put(checked, entry.getKey(), type, entry.getValue());
    }
    return checked;
  }

  private static void put(Map<String, Object> checked, String name, Type type, Object value) {
    boolean ok = switch (type) {
      case BOOLEAN -> value instanceof Boolean;
      case ID -> value instanceof String text && LedgerInput.isId(text);
      case LEDGER_TEXT -> value instanceof String text && LedgerInput.isText(text, LedgerInput.MAX_DETAIL_LENGTH);
      case SHA256_HEX -> value instanceof String text && LedgerInput.isHex256(text);
      case ANSWER -> value instanceof String text && !text.isBlank() && text.length() <= MAX_ANSWER;
    };
    if (!ok) {
      throw new EvidenceProblem(ProblemKind.INVALID_FIELD, name + " must be " + describe(type));
    }
    if (type == Type.ANSWER) {
      checked.put(ANSWER_TEXT, value);
      checked.put(Vars.RESPONSE_DIGEST, HandOffInput.digestOf((String) value));
    } else {
      checked.put(name, value);
    }
  }

  private static String describe(Type type) {
    return switch (type) {
      case BOOLEAN -> "true or false";
      case ID -> "an id of 1-64 characters [A-Za-z0-9._-]";
      case LEDGER_TEXT -> "text of at most " + LedgerInput.MAX_DETAIL_LENGTH + " characters without control characters";
      case SHA256_HEX -> "the SHA-256 of the answer as 64 lowercase hex digits";
      case ANSWER -> "the answer's text, 1-" + MAX_ANSWER + " characters";
    };
  }

  private static String shown(String name) {
    String shortened = name.length() > 64 ? name.substring(0, 64) + "…" : name;
    return shortened.replaceAll("\\p{Cntrl}", "?");
  }
}
