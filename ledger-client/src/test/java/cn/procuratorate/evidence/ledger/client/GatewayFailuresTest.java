package cn.procuratorate.evidence.ledger.client;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.ledger.model.ErrorCode;
import com.google.protobuf.Any;
import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Error texts below are the ones Fabric's gateway (internal/pkg/gateway/api.go) produces. */
class GatewayFailuresTest {
    private static final String TX = "4f1c0b7e";

    /** A gRPC error as the gateway sends it: status code, message, and one detail per endorser. */
    private static StatusRuntimeException grpcError(Code code, String message, ErrorDetail... details) {
        com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder()
                .setCode(code.value())
                .setMessage(message);
        for (ErrorDetail detail : details) {
            status.addDetails(Any.pack(detail));
        }
        return StatusProto.toStatusRuntimeException(status.build());
    }

    private static ErrorDetail detail(String msp, String message) {
        return ErrorDetail.newBuilder().setMspId(msp).setAddress("peer0." + msp + ":7051").setMessage(message).build();
    }

    @Nested
    class Endorse {
        @Test
        void recoversTheChaincodesErrorCodeAndMessageFromTheDetails() {
            EndorseException e = new EndorseException(TX, grpcError(Code.ABORTED,
                    "failed to endorse transaction, see attached details for more info",
                    detail("PoliceMSP", "chaincode response 500, FORBIDDEN: only the owner PoliceMSP may grant access")));

            LedgerEndorseException failure = GatewayFailures.endorse("evidence:grantAccess", e);

            assertThat(failure.transactionId()).isEqualTo(TX);
            assertThat(failure.errorCode()).contains(ErrorCode.FORBIDDEN);
            assertThat(failure.refusal()).hasValueSatisfying(refusal ->
                    assertThat(refusal.detail()).isEqualTo("only the owner PoliceMSP may grant access"));
            assertThat(failure.isRefusedByChaincode()).isTrue();
            assertThat(failure.outcomeUncertain()).isFalse();
            assertThat(failure).hasMessage("endorse evidence:grantAccess (tx " + TX
                    + ") failed: FORBIDDEN: only the owner PoliceMSP may grant access");
            assertThat(failure).hasCause(e);
        }

        @Test
        void findsTheRefusalAmongSeveralEndorsersAnswers() {
            EndorseException e = new EndorseException(TX, grpcError(Code.ABORTED,
                    "failed to collect enough transaction endorsements, see attached details for more info",
                    detail("CourtMSP", "rpc error: code = Unavailable desc = connection refused"),
                    detail("PoliceMSP", "chaincode response 500, CONFLICT: evidence E1 is registered with other hashes")));

            assertThat(GatewayFailures.endorse("evidence:registerEvidence", e).errorCode()).contains(ErrorCode.CONFLICT);
        }

        @Test
        void doesNotMistakeAPeersOwnErrorForARefusal() {
            EndorseException e = new EndorseException(TX, grpcError(Code.ABORTED,
                    "failed to endorse transaction, see attached details for more info",
                    detail("PoliceMSP", "error validating proposal: access denied: channel [evidence] creator org "
                            + "unknown, creator is malformed; INTERNAL: not from the chaincode")));

            LedgerEndorseException failure = GatewayFailures.endorse("evidence:registerEvidence", e);

            assertThat(failure.refusal()).isEmpty();
            assertThat(failure.getMessage()).contains("ABORTED").contains("PoliceMSP@peer0.PoliceMSP:7051: error validating");
        }

        @Test
        void ignoresACodeThatIsNotAtTheStartOfTheChaincodeResponse() {
            assertThat(GatewayFailures.refusalIn("chaincode response 500, unexpected: NOT_FOUND: x")).isEmpty();
            assertThat(GatewayFailures.refusalIn("chaincode response 500, NOT_FOUND: evidence E9")).isPresent();
            assertThat(GatewayFailures.refusalIn("chaincode response 500, NOPE: evidence E9")).isEmpty();
        }

        @Test
        void marksAnUnreachablePeerAsUnavailable() {
            EndorseException e = new EndorseException(TX, grpcError(Code.UNAVAILABLE, "io exception"));

            LedgerEndorseException failure = GatewayFailures.endorse("probe:writeProbe", e);

            assertThat(failure.isUnavailable()).isTrue();
            assertThat(failure.isTimeout()).isFalse();
            assertThat(failure.outcomeUncertain()).isFalse();
        }
    }

    @Nested
    class Evaluate {
        @Test
        void recoversTheRefusalFromTheMessageWhenThereAreNoDetails() {
            GatewayException e = new GatewayException(grpcError(Code.UNKNOWN,
                    "evaluate call to endorser returned error: chaincode response 500, NOT_FOUND: no evidence E404"));

            LedgerEvaluateException failure = GatewayFailures.evaluate("evidence:getEvidence", TX, e);

            assertThat(failure.errorCode()).contains(ErrorCode.NOT_FOUND);
            assertThat(failure.transactionId()).isEqualTo(TX);
            assertThat(failure.outcomeUncertain()).isFalse();
        }

        @Test
        void marksADeadlineAsTimeout() {
            GatewayException e = new GatewayException(grpcError(Code.DEADLINE_EXCEEDED, "deadline exceeded after 5s"));

            assertThat(GatewayFailures.evaluate("evidence:getEvidence", TX, e).isTimeout()).isTrue();
        }
    }

    @Nested
    class Submit {
        @Test
        void leavesTheOutcomeOpenWhenTheOrdererMayHaveReceivedIt() {
            for (Code code : new Code[] {Code.DEADLINE_EXCEEDED, Code.UNAVAILABLE, Code.CANCELLED, Code.UNKNOWN}) {
                SubmitException e = new SubmitException(TX, grpcError(code, "submit failed"));

                assertThat(GatewayFailures.submit("evidence:registerEvidence", e).outcomeUncertain())
                        .as(code.name()).isTrue();
            }
        }

        @Test
        void treatsAnExplicitRefusalByTheOrdererAsFinal() {
            SubmitException e = new SubmitException(TX, grpcError(Code.ABORTED,
                    "received unsuccessful response from orderer: status=BAD_REQUEST, info=..."));

            LedgerSubmitException failure = GatewayFailures.submit("evidence:registerEvidence", e);

            assertThat(failure.outcomeUncertain()).isFalse();
            assertThat(failure.transactionId()).isEqualTo(TX);
        }
    }

    @Nested
    class CommitStatusAndCommit {
        @Test
        void aLostCommitStatusAlwaysLeavesTheOutcomeOpen() {
            CommitStatusException e = new CommitStatusException(TX, grpcError(Code.DEADLINE_EXCEEDED, "deadline"));

            LedgerCommitStatusException failure = GatewayFailures.commitStatus("evidence:registerEvidence", e);

            assertThat(failure.outcomeUncertain()).isTrue();
            assertThat(failure.isTimeout()).isTrue();
            assertThat(failure.transactionId()).isEqualTo(TX);
        }

        @Test
        void anInvalidCommitCarriesItsValidationCodeAndBlock() {
            LedgerCommitException failure = GatewayFailures.commit("probe:writeProbe",
                    status(TxValidationCode.ENDORSEMENT_POLICY_FAILURE, 17));

            assertThat(failure.validationCode()).isEqualTo("ENDORSEMENT_POLICY_FAILURE");
            assertThat(failure.blockNumber()).isEqualTo(17);
            assertThat(failure.transactionId()).isEqualTo(TX);
            assertThat(failure.isRetryable()).isFalse();
            assertThat(failure.outcomeUncertain()).isFalse();
            assertThat(failure).hasMessageContaining("invalid in block 17 with ENDORSEMENT_POLICY_FAILURE");
        }

        @Test
        void aReadConflictIsRetryable() {
            assertThat(GatewayFailures.commit("probe:writeProbe", status(TxValidationCode.MVCC_READ_CONFLICT, 3))
                    .isRetryable()).isTrue();
        }

        private Status status(TxValidationCode code, long block) {
            return new Status() {
                @Override
                public String getTransactionId() {
                    return TX;
                }

                @Override
                public long getBlockNumber() {
                    return block;
                }

                @Override
                public TxValidationCode getCode() {
                    return code;
                }

                @Override
                public boolean isSuccessful() {
                    return code == TxValidationCode.VALID;
                }
            };
        }
    }
}
