package dev.flowdoc.audit.policy;

import java.util.Arrays;
import java.util.List;

/**
 * Words flowdoc says about a configuration, in no language yet: a key of the theme's bundle ({@code audit.why.*},
 * {@code audit.origin.*}) and its arguments, which are words of the configuration (names, ports, keywords) and are
 * never translated. The report says it in its language; nothing in the policy model holds an English sentence.
 */
public record Said(String key, List<String> args) {
    public Said {
        args = List.copyOf(args);
    }

    public static Said of(String key, Object... args) {
        return new Said(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
