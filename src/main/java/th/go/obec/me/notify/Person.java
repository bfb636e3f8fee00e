package th.go.obec.me.notify;

/** Someone a message goes to: user id, display name and e-mail address (may be blank). */
public record Person(String id, String name, String email) {

  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }
}
