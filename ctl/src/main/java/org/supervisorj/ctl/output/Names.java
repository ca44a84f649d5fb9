package org.supervisorj.ctl.output;

/** Supervisor's namespecs: {@code group:name}, or just {@code name} when both are the same. */
public final class Names {
    private Names() {
    }

    public static String namespec(String group, String name) {
        return group.equals(name) ? name : group + ":" + name;
    }

    /** {@code split_namespec}: {@code [group, name]}; name is null for {@code group:} and {@code group:*}. */
    public static String[] split(String namespec) {
        int colon = namespec.indexOf(':');
        if (colon < 0) {
            return new String[] {namespec, namespec};
        }
        String process = namespec.substring(colon + 1);
        return new String[] {namespec.substring(0, colon), process.isEmpty() || process.equals("*") ? null : process};
    }
}
