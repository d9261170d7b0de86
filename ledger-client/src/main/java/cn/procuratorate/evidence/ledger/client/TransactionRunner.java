package cn.procuratorate.evidence.ledger.client;

import java.util.Collection;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;

/**
 * Runs one transaction stage by stage (endorse, submit, commit status) instead of through
 * {@code Contract.submitTransaction}, so that each failure is reported as its own stage and a
 * successful submit yields its block number.
 */
final class TransactionRunner {

    private TransactionRunner() {}

    /**
     * @param endorsingOrgs MSP ids that must endorse, or empty to let the gateway satisfy the
     *                      endorsement policy itself (the normal case)
     */
    static Committed<byte[]> submit(Contract contract, String function, Collection<String> endorsingOrgs,
            String... args) {
        String call = label(contract, function);
        Proposal proposal = proposal(contract, function, endorsingOrgs, args);
        Transaction transaction;
        try {
            transaction = proposal.endorse();
        } catch (EndorseException e) {
            throw GatewayFailures.endorse(call, e);
        }
        SubmittedTransaction submitted;
        try {
            submitted = transaction.submitAsync();
        } catch (SubmitException e) {
            throw GatewayFailures.submit(call, e);
        }
        Status status;
        try {
            status = submitted.getStatus();
        } catch (CommitStatusException e) {
            throw GatewayFailures.commitStatus(call, e);
        }
        if (!status.isSuccessful()) {
            throw GatewayFailures.commit(call, status);
        }
        return new Committed<>(submitted.getResult(), status.getTransactionId(), status.getBlockNumber());
    }

    /** @param targetOrgs MSP ids whose peers may answer, or empty for the gateway's own org first */
    static byte[] evaluate(Contract contract, String function, Collection<String> targetOrgs, String... args) {
        Proposal proposal = proposal(contract, function, targetOrgs, args);
        try {
            return proposal.evaluate();
        } catch (GatewayException e) {
            throw GatewayFailures.evaluate(label(contract, function), proposal.getTransactionId(), e);
        }
    }

    private static Proposal proposal(Contract contract, String function, Collection<String> orgs, String... args) {
        Proposal.Builder builder = contract.newProposal(function).addArguments(args);
        if (!orgs.isEmpty()) {
            builder.setEndorsingOrganizations(orgs.toArray(String[]::new));
        }
        return builder.build();
    }

    private static String label(Contract contract, String function) {
        return contract.getContractName().map(name -> name + ":" + function)
                .orElse(contract.getChaincodeName() + "." + function);
    }
}
