package io.kfp4j.sdk.ir;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Run-time values inside task settings, as KFP keeps {@code PipelineParam}s inside its strings: a setting such as a
 * memory limit given by a pipeline parameter, or the claim name of a volume a {@code VolumeOp} creates, holds a token
 * ({@code {{kfp4j:param:mem}}}, {@code {{kfp4j:output:vol:name}}}) that the compiler and the local engine replace.
 */
public final class SettingRefs {
  private static final Pattern TOKEN = Pattern.compile("\\{\\{kfp4j:(param|output|item):([^:}]*)(?::([^:}]*))?}}");

  private SettingRefs() {}

  /** The token of a reference. @throws IllegalArgumentException for constants and text templates */
  public static String token(ArgumentValue value) {
    if (value instanceof ArgumentValue.ParameterRef p) {
      return "{{kfp4j:param:" + encode(p.parameter()) + "}}";
    }
    if (value instanceof ArgumentValue.OutputRef o) {
      return "{{kfp4j:output:" + encode(o.task()) + ":" + encode(o.output()) + "}}";
    }
    if (value instanceof ArgumentValue.LoopItemRef i) {
      return "{{kfp4j:item:" + encode(i.loop()) + (i.field() == null ? "" : ":" + encode(i.field())) + "}}";
    }
    throw new IllegalArgumentException("a setting takes a constant, a pipeline parameter, a task output or a loop"
        + " item, not " + value);
  }

  /** The references in a setting's text, in order. */
  public static List<ArgumentValue> find(String text) {
    List<ArgumentValue> refs = new ArrayList<>();
    if (text != null && text.contains("{{kfp4j:")) {
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        refs.add(ref(m));
      }
    }
    return refs;
  }

  /** The text with each token replaced by what {@code render} makes of its reference. */
  public static String replace(String text, Function<ArgumentValue, String> render) {
    if (text == null || !text.contains("{{kfp4j:")) {
      return text;
    }
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(render.apply(ref(m))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Every reference in the strings of a tree of maps, lists and strings. */
  public static void collect(Object tree, List<ArgumentValue> into) {
    if (tree instanceof String s) {
      into.addAll(find(s));
    } else if (tree instanceof java.util.Map<?, ?> map) {
      map.forEach((k, v) -> {
        collect(k, into);
        collect(v, into);
      });
    } else if (tree instanceof List<?> list) {
      list.forEach(item -> collect(item, into));
    }
  }

  private static ArgumentValue ref(Matcher m) {
    String first = decode(m.group(2));
    String second = m.group(3) == null ? null : decode(m.group(3));
    return switch (m.group(1)) {
      case "param" -> new ArgumentValue.ParameterRef(first);
      case "output" -> new ArgumentValue.OutputRef(first, second);
      default -> new ArgumentValue.LoopItemRef(first, second);
    };
  }

  private static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }
}
