package dev.warden.iso20022;

/** What is wrong with a message: the element path ({@code /Document/.../CdtTrfTxInf[2]/IntrBkSttlmAmt}) and why. */
public record MessageProblem(String path, String reason) {
}
