package org.tarikh.annotate.accel;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Short Arabic news-like articles assembled, with a fixed seed, from our own sentence pieces:
 * plenty of temporal expressions of every kind HeidelTime's Arabic rules know (weekdays,
 * months of both calendars, years in both digit systems, relative words, durations, times of
 * day, frequencies), next to sentences without any, and a few odd spacings and ASCII words
 * after numbers (the context in which HeidelTime's POS-constrained rules fire).
 */
public final class SyntheticNews {

    private static final String[] SUBJECTS = {"أعلنت وزارة الصحة", "قال المتحدث باسم الحكومة", "أكد رئيس البلدية",
        "ذكرت وكالة الأنباء", "أوضح مدير الشركة", "كشف مصدر مطلع", "أفاد شهود عيان", "صرح وزير الخارجية",
        "أشار التقرير السنوي", "نقلت الصحيفة عن مسؤول"};
    private static final String[] EVENTS = {"افتتاح المستشفى الجديد", "توقيع الاتفاقية التجارية",
        "انطلاق المؤتمر الدولي", "إطلاق الحملة الوطنية للتطعيم", "وصول الوفد الرسمي", "انتهاء أعمال الصيانة",
        "بدء العام الدراسي", "إغلاق الطريق السريع", "ارتفاع أسعار النفط", "تسليم المشروع السكني"};
    private static final String[] WHEN = {"يوم الأربعاء", "الخميس الماضي", "يوم الجمعة المقبل", "السبت",
        "أمس", "اليوم", "غدا", "الأسبوع الماضي", "الأسبوع المقبل", "الشهر الماضي", "الشهر المقبل", "العام الماضي",
        "العام المقبل", "هذا العام", "في عام 2015", "في 2014", "عام ٢٠١٣", "في 12 مارس 2015", "في 3 يوليو",
        "في الخامس من أغسطس", "في 1 رمضان 1436", "في شهر رمضان", "منتصف الشهر الجاري", "أواخر الشهر الماضي",
        "مطلع العام المقبل", "في نهاية الأسبوع", "صباح الاثنين", "مساء الثلاثاء", "في الساعة 10:30",
        "عند الساعة الثامنة صباحا", "في 15/7/2015", "في تموز الماضي", "في كانون الثاني", "قبل يومين",
        "قبل ثلاثة أسابيع", "بعد أسبوعين", "منذ عامين", "خلال الأشهر الستة الماضية", "في الربيع", "في صيف 2016",
        "في التسعينات", "في القرن الماضي", "حاليا", "في ٥ يونيو ٢٠١٥", "في الثاني والعشرين من يوليو"};
    private static final String[] DURATIONS = {"لمدة ثلاثة أيام", "لمدة أسبوع", "لمدة عامين", "طوال 24 ساعة",
        "لمدة 10 سنوات", "خلال خمسة أشهر", "لمدة نصف ساعة", "على مدى خمس سنوات", "لعدة أسابيع"};
    private static final String[] SETS = {"كل يوم", "يوميا", "كل أسبوع", "أسبوعيا", "كل عام", "سنويا", "شهريا",
        "كل يوم جمعة"};
    private static final String[] PLAIN = {"وأضاف أن الجهات المختصة تتابع الوضع عن كثب", "ودعا المواطنين إلى التعاون",
        "وشارك في اللقاء عدد من المسؤولين والخبراء", "ولم تعلن أي جهة مسؤوليتها عن الحادث",
        "وتعد هذه الخطوة الأولى من نوعها في المنطقة", "وأشاد الحضور بمستوى التنظيم",
        "وبلغ عدد المستفيدين 2500 شخص", "وتبلغ تكلفة المشروع 300 مليون ريال", "وقال إن \"الأمور تسير كما هو مخطط\"",
        "وأكد على أهمية الشفافية في العمل", "وبحسب الإحصاءات فإن 45 في المئة من السكان شاركوا"};
    private static final String[] ODD = {"في عام 2015 2016 تقريبا", "عام 1998 KSA", "خلال 2010 abc",
        "في 2012 report جديد", "عام ٢٠١١ ok", "منذ 99 days", "نحو 2015  والعام الذي تلاه", "في 2015،",
        "(الأحد)", "الأحد.وأكد", "في يوم 7.30 صباحا"};

    private SyntheticNews() {
    }

    public static List<String> articles(int count, long seed) {
        Random random = new Random(seed);
        List<String> articles = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            StringBuilder text = new StringBuilder();
            int sentences = 2 + random.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                text.append(sentence(random));
                text.append(random.nextInt(5) == 0 ? "\n\n" : " ");
            }
            articles.add(text.toString().strip());
        }
        return articles;
    }

    private static String sentence(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> pick(r, SUBJECTS) + " " + pick(r, WHEN) + " " + pick(r, EVENTS) + ".";
            case 1 -> pick(r, SUBJECTS) + " أن " + pick(r, EVENTS) + " سيستمر " + pick(r, DURATIONS) + " "
                    + pick(r, WHEN) + ".";
            case 2 -> pick(r, PLAIN) + ".";
            case 3 -> pick(r, SUBJECTS) + " أن الاجتماعات تعقد " + pick(r, SETS) + " " + pick(r, WHEN) + "، "
                    + pick(r, PLAIN) + ".";
            case 4 -> pick(r, EVENTS) + " " + pick(r, ODD) + " " + pick(r, PLAIN) + ".";
            case 5 -> pick(r, PLAIN) + "، " + pick(r, WHEN) + " و" + pick(r, WHEN) + "؟";
            default -> pick(r, SUBJECTS) + " " + pick(r, ODD) + "، " + pick(r, DURATIONS) + "!";
        };
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
