package org.tarikh.job;

/**
 * The job definition (or a command-line value standing in for one of its keys) is wrong: a bad
 * type, bad YAML, an unknown export format, a bad cron, a database URL no driver takes. Found
 * before anything starts; the CLI exits with code 2 and one line naming the key.
 */
public class ConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
