package io.dvmaven.plugin;

import io.dvmaven.draft.ApiKey;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Finds the API key: the password of the settings.xml {@code <server>} named by {@code serverId} (decrypted when
 * it is encrypted with {@code mvn --encrypt-password}) when a server id is set, else the environment variable.
 * The key itself is never logged or put into a message.
 */
final class ApiKeys {

    private ApiKeys() {
    }

    static ApiKey resolve(String serverId, String environmentVariable, UnaryOperator<String> environment,
                          Settings settings, SettingsDecrypter decrypter) throws MojoFailureException {
        if (serverId != null && !serverId.isBlank()) {
            Server server = settings == null ? null : settings.getServer(serverId);
            if (server == null) {
                throw new MojoFailureException("There is no <server> with id '" + serverId + "' in settings.xml; add "
                        + "<server><id>" + serverId + "</id><password>your key</password></server> to "
                        + "~/.m2/settings.xml (encrypt it with mvn --encrypt-password), or unset <serverId> (-D"
                        + PropertyNames.DRAFT_SERVER_ID + ") to read the key from $" + environmentVariable);
            }
            String password = server.getPassword();
            if (decrypter != null) {
                SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
                for (SettingsProblem problem : result.getProblems()) {
                    if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                        throw new MojoFailureException("Cannot decrypt the password of <server> '" + serverId
                                + "' in settings.xml: " + problem.getMessage()
                                + " (check ~/.m2/settings-security.xml)");
                    }
                }
                password = result.getServer().getPassword();
            }
            ApiKey key = ApiKey.of(password, "server '" + serverId + "' in settings.xml");
            if (!key.isPresent()) {
                throw new MojoFailureException("<server> '" + serverId + "' in settings.xml has no password; put the "
                        + "API key in its <password>");
            }
            return key;
        }
        String name = environmentVariable == null || environmentVariable.isBlank() ? "OPENAI_API_KEY"
                : environmentVariable;
        return ApiKey.of(environment.apply(name), "environment variable " + name);
    }
}
