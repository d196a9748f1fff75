package org.tarikh.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The part of JSON Schema (2020-12) our schemas use, for tests: type (one or a list),
 * const, enum, required, properties, items, minItems, minimum, maximum, pattern and local
 * {@code $ref}s ({@code #/$defs/name}). No schema library is available offline; this is
 * enough to check every field our exports promise. Returns the violations, empty if valid.
 */
final class JsonSchemaValidator {

    private final JsonNode root;

    JsonSchemaValidator(JsonNode schema) {
        this.root = schema;
    }

    List<String> validate(JsonNode doc) {
        List<String> errors = new ArrayList<>();
        check(root, doc, "$", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode v, String path, List<String> errors) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("unsupported $ref " + ref);
            }
            check(root.get("$defs").get(ref.substring("#/$defs/".length())), v, path, errors);
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(v)) {
            errors.add(path + ": expected " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(v);
            }
            if (!found) {
                errors.add(path + ": " + v + " not in " + schema.get("enum"));
            }
        }
        if (schema.has("type")) {
            List<String> types = new ArrayList<>();
            if (schema.get("type").isArray()) {
                schema.get("type").forEach(t -> types.add(t.asString()));
            } else {
                types.add(schema.get("type").asString());
            }
            if (types.stream().noneMatch(t -> is(t, v))) {
                errors.add(path + ": " + kind(v) + " is not " + types);
                return;
            }
        }
        if (v.isObject()) {
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!v.has(r.asString())) {
                        errors.add(path + ": missing " + r.asString());
                    }
                }
            }
            if (schema.has("properties")) {
                for (Map.Entry<String, JsonNode> p : schema.get("properties").properties()) {
                    if (v.has(p.getKey())) {
                        check(p.getValue(), v.get(p.getKey()), path + "." + p.getKey(), errors);
                    }
                }
            }
        }
        if (v.isArray()) {
            if (schema.has("minItems") && v.size() < schema.get("minItems").asInt()) {
                errors.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < v.size(); i++) {
                    check(schema.get("items"), v.get(i), path + "[" + i + "]", errors);
                }
            }
        }
        if (v.isNumber()) {
            if (schema.has("minimum") && v.asDouble() < schema.get("minimum").asDouble()) {
                errors.add(path + ": below minimum");
            }
            if (schema.has("maximum") && v.asDouble() > schema.get("maximum").asDouble()) {
                errors.add(path + ": above maximum");
            }
        }
        if (v.isString() && schema.has("pattern")
                && !Pattern.compile(schema.get("pattern").asString()).matcher(v.asString()).find()) {
            errors.add(path + ": '" + v.asString() + "' does not match " + schema.get("pattern").asString());
        }
    }

    private static boolean is(String type, JsonNode v) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isString();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static String kind(JsonNode v) {
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
