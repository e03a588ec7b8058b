package dk.anskaf.notification;

import dk.anskaf.platform.test.security.TestUsers;

/** Tokens notification-service's tests share; requests go through the test kit's {@code ApiClient}. */
public final class NotificationApi {

    private NotificationApi() {}

    /** A user called Anne Admin of a municipality with the given roles (administrator, editor, board ...). */
    public static String user(String kommunekode, String municipality, String... roles) {
        return TestUsers.token("Anne Admin", kommunekode, municipality, roles);
    }

    public static String operator() {
        return TestUsers.operator();
    }
}
