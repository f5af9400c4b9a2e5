package io.kfp4j.images;

import java.util.Objects;

/**
 * A registry's user name and password (or token), given instead of the Docker config's.
 *
 * @param username the user name
 * @param password the password or token; never printed
 */
public record RegistryLogin(String username, String password) {
  public RegistryLogin {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
  }

  @Override
  public String toString() {
    return "RegistryLogin[username=" + username + ", password=****]";
  }
}
