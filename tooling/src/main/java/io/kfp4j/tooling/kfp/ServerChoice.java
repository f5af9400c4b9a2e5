package io.kfp4j.tooling.kfp;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.tooling.ToolingException;
import io.kfp4j.tooling.compile.Target;
import java.util.function.Supplier;

/**
 * The API and the target of a command that sends a pipeline to a server (submit, upload, run on a server). The two
 * go together: the v1beta1 API takes Argo workflows, the v2beta1 API KFP v2's pipeline spec.
 * <ul>
 *   <li>both given: they must fit;</li>
 *   <li>the API given: the target follows it;</li>
 *   <li>target {@code argo} given: API v1beta1, which KFP 1.x and 2.x servers both serve;</li>
 *   <li>target {@code v2} given: API v2beta1, once the server is seen to answer it;</li>
 *   <li>neither: the server decides: one answering {@code GET /apis/v2beta1/healthz} (KFP 2.x) gets the pipeline spec
 *   through v2beta1, any other (KFP 1.x) the Argo workflow through v1beta1.</li>
 * </ul>
 *
 * @param api the API to use
 * @param target what to compile the pipeline to
 */
public record ServerChoice(ApiVersion api, Target target) {

  /**
   * Chooses by the rule above.
   *
   * @param api the API given, or {@code null}
   * @param target the target given, or {@code null}
   * @param server asks the server which API it answers (only called when needed)
   * @param host the server as messages show it
   * @throws ToolingException (fact {@code option} {@code api}) when the two given do not fit, or (fact {@code option}
   *     {@code target-argo}) target v2 is given for a server without the v2beta1 API
   */
  public static ServerChoice choose(ApiVersion api, Target target, Supplier<ApiVersion> server, String host) {
    if (api != null && target != null) {
      if ((api == ApiVersion.V2) != (target == Target.V2)) {
        throw new ToolingException(Kind.INVALID_INPUT, "API " + api + " and target " + target + " do not go"
            + " together: the v1beta1 API takes Argo workflows (target argo), the v2beta1 API KFP v2's pipeline spec"
            + " (target v2)", "give a matching pair, or only one of them",
            Kfp4jException.facts(Kfp4jException.Fact.OPTION, "api"), null);
      }
      return new ServerChoice(api, target);
    }
    if (api != null) {
      return new ServerChoice(api, api == ApiVersion.V2 ? Target.V2 : Target.ARGO);
    }
    if (target == Target.ARGO) {
      return new ServerChoice(ApiVersion.V1, Target.ARGO);
    }
    ApiVersion answered = server.get();
    if (target == Target.V2 && answered == ApiVersion.V1) {
      throw new ToolingException(Kind.INVALID_INPUT, host + " does not answer the v2beta1 API (a KFP 1.x server),"
          + " so it cannot run KFP v2's pipeline spec (target v2)", "send the Argo workflow (target argo)",
          Kfp4jException.facts(Kfp4jException.Fact.OPTION, "target-argo"), null);
    }
    return new ServerChoice(answered, answered == ApiVersion.V2 ? Target.V2 : Target.ARGO);
  }

  /**
   * The API named {@code v1} or {@code v2}, or {@code null} for a {@code null} or blank name (to be found out).
   *
   * @throws ToolingException (fact {@code option} {@code api}) for another name
   */
  public static ApiVersion api(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return ApiVersion.of(name);
    } catch (IllegalArgumentException e) {
      throw new ToolingException(Kind.INVALID_INPUT, e.getMessage(), null,
          Kfp4jException.facts(Kfp4jException.Fact.OPTION, "api"), e);
    }
  }

}
