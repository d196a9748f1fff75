package org.tarikh.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Short Arabic news articles generated from our own sentence templates, reproducibly (seeded),
 * for the reliability tests: each has a few temporal expressions and events, and tags fast.
 */
final class GeneratedCorpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String[] MINISTRIES = {"الصحة", "التعليم", "المالية", "الخارجية", "الزراعة", "النقل"};
    private static final String[] CITIES = {"بغداد", "القاهرة", "الرياض", "عمّان", "بيروت", "تونس", "الرباط"};
    private static final String[] WEEKDAYS = {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"};
    private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
            "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String[] TEMPLATES = {
        "أعلنت وزارة %MIN% يوم %WD% عن خطة جديدة لتطوير الخدمات في %CITY%.",
        "وقال المتحدث باسم الوزارة إن الاجتماع سيعقد في %D% %MON% %Y%.",
        "وكانت الحكومة قد أقرت الميزانية في العام الماضي بعد نقاش طويل.",
        "ومن المقرر أن تبدأ المرحلة الثانية من المشروع الأسبوع المقبل.",
        "وشهدت مدينة %CITY% أمس احتفالات واسعة بمناسبة افتتاح الجسر.",
        "وافتتح المعرض قبل ثلاثة أيام بحضور عدد من المسؤولين.",
        "وأكد الوزير أن العمل سيستمر حتى نهاية الشهر الجاري.",
        "ووقع الطرفان الاتفاق في %MON% %Y% في %CITY%.",
        "وزار الرئيس %CITY% اليوم والتقى بممثلي القطاع الخاص.",
        "وتستمر الدورة التدريبية لمدة أسبوعين في مقر الوزارة.",
    };

    private GeneratedCorpus() {
    }

    /** {@code n} articles with ids {@code prefix-0000…}, published in 2021–2023. */
    static List<ObjectNode> articles(long seed, int n, String prefix) {
        Random random = new Random(seed);
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate published = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(3 * 365));
            out.add(article(random, "%s-%04d".formatted(prefix, i), published));
        }
        return out;
    }

    static ObjectNode article(Random random, String id, LocalDate published) {
        StringBuilder text = new StringBuilder();
        int sentences = 2 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                text.append(' ');
            }
            text.append(fill(TEMPLATES[random.nextInt(TEMPLATES.length)], random, published));
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("published", published.toString());
        node.put("title", "خبر " + id);
        node.put("text", text.toString());
        return node;
    }

    private static String fill(String template, Random random, LocalDate published) {
        return template
                .replace("%MIN%", MINISTRIES[random.nextInt(MINISTRIES.length)])
                .replace("%CITY%", CITIES[random.nextInt(CITIES.length)])
                .replace("%WD%", WEEKDAYS[published.getDayOfWeek().getValue() % 7])
                .replace("%D%", Integer.toString(1 + random.nextInt(28)))
                .replace("%MON%", MONTHS[random.nextInt(12)])
                .replace("%Y%", Integer.toString(published.getYear() + random.nextInt(2)));
    }

    static String line(ObjectNode node) {
        return JSON.writeValueAsString(node);
    }

    static Path writeJsonl(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
