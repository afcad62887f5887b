package io.ioxschema.runtime;

/** The settings of a request-response service, as read from iceoryx2. */
public record RequestResponseSettings(long maxActiveRequestsPerClient, long maxLoanedRequests, long maxResponseBufferSize,
        long maxBorrowedResponsesPerPendingResponse, long maxServers, long maxClients, long maxNodes) {
}
