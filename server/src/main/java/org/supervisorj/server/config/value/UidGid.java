package org.supervisorj.server.config.value;

/** Supervisor's colon_separated_user_group: "user" (gid -1, meaning unchanged) or "user:group". */
public record UidGid(int uid, int gid) {

    /** Throws with Supervisor's generic text; callers replace it with their option's own message. */
    public static UidGid parse(String s) throws InvalidValueException {
        try {
            int colon = s.indexOf(':');
            if (colon < 0) {
                return new UidGid(Users.nameToUid(s), -1);
            }
            return new UidGid(Users.nameToUid(s.substring(0, colon)), Users.nameToGid(s.substring(colon + 1)));
        } catch (InvalidValueException e) {
            throw new InvalidValueException("Invalid user:group definition " + s);
        }
    }
}
