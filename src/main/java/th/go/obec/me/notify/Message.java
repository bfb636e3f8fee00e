package th.go.obec.me.notify;

/** An e-mail's subject and plain-text body. */
public record Message(String subject, String text) {
}
