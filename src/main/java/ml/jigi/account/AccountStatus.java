package ml.jigi.account;

/** Lower-case constants: they are the codes stored in the database and shown in the API. */
public enum AccountStatus {
    active,
    disabled,
    deleted
}
