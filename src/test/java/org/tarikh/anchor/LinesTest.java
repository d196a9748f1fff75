package org.tarikh.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line keys for boilerplate: place plus first two words, or a bottom line's label before a separator. */
class LinesTest {

    static String lastLineKey(String text) {
        return Lines.key(text, text.lastIndexOf('\n') + 1);
    }

    @Test
    void aBottomLabelBeforeASeparatorIsTheKeyWhateverFollows() {
        String body = "افتتح الوزير المعرض.\nوقال إنه سعيد.\nوأضاف أن المعرض كبير.\n";
        assertThat(lastLineKey(body + "سمات: الحوثي، اليمن")).isEqualTo("E|سمات");
        assertThat(lastLineKey(body + "سمات: داعش، العراق")).isEqualTo("E|سمات");
        assertThat(lastLineKey(body + "رابط الخبر بصحيفة الوئام: «التحالف»: استشهاد جندي"))
                .isEqualTo("E|رابط الخبر بصحيفه الوئام");
        assertThat(lastLineKey(body + "تصوير | أحمد علي")).isEqualTo("E|تصوير");
        assertThat(lastLineKey(body + "المحرر – سعيد محمد")).isEqualTo("E|المحرر");
    }

    @Test
    void withoutALabelTheFirstTwoWordsAreTheKey() {
        String body = "افتتح الوزير المعرض.\nوقال إنه سعيد.\nوأضاف أن المعرض كبير.\n";
        // a hyphen inside a word, a separator with nothing after it, and a lead too long to be a label
        assertThat(lastLineKey(body + "للتواصل مع الكاتب-ارسل رسالة")).isEqualTo("E|للتواصل مع");
        assertThat(lastLineKey(body + "للتواصل مع الكاتب:")).isEqualTo("E|للتواصل مع");
        assertThat(lastLineKey(body + "وأكد الوزير أن المعرض سيبقى مفتوحا: كل يوم")).isEqualTo("E|واكد الوزير");
    }

    @Test
    void aFirstLineDatelineIsNoLabel() {
        String text = "الرياض - واس: افتتح الوزير المعرض.\nوقال إنه سعيد.\nوأضاف أن المعرض كبير.\nسطر\nآخر";
        assertThat(Lines.key(text, 0)).isEqualTo("B|الرياض واس");
    }

    @Test
    void anArticlesBoundaryLinesAreItsFirstAndLastThree() {
        String text = "عنوان الخبر\n\nافتتح الوزير المعرض.\nوقال إنه سعيد.\nوأضاف أن المعرض كبير.\n"
                + "سمات: الحوثي، اليمن\nرابط الخبر بصحيفة الوئام: عنوان\n";
        assertThat(Lines.keys(text)).containsExactly("B|عنوان الخبر", "E|واضاف ان", "E|سمات", "E|رابط الخبر بصحيفه الوئام");
        assertThat(Lines.keys("سطر واحد\nوثان")).isEmpty(); // too short for any line to be boilerplate
    }

    @Test
    void aTwoLineArticleKeysOnlyALabelledBottomLine() {
        String linked = "افتتح الوزير المعرض أمس في الرياض.\nرابط الخبر بصحيفة الوئام: افتتاح المعرض";
        assertThat(Lines.keys(linked)).containsExactly("E|رابط الخبر بصحيفه الوئام");
        assertThat(Lines.key(linked, linked.indexOf('\n') + 1)).isEqualTo("E|رابط الخبر بصحيفه الوئام");
        assertThat(Lines.key(linked, 0)).isNull(); // the lead is the article
        assertThat(Lines.keys("افتتح الوزير المعرض أمس.\nوأضاف أن المعرض كبير")).isEmpty();
    }

    @Test
    void aLinkRunOnAfterTheLastSentenceIsKeyedByItsLabel() {
        String oneLine = "افتتح الوزير المعرض أمس في الرياض. رابط الخبر بصحيفة الوئام: http://www.alweeam.com.sa/1.html";
        int link = oneLine.indexOf("رابط");
        assertThat(Lines.keys(oneLine)).containsExactly("E|رابط الخبر بصحيفه الوئام");
        assertThat(Lines.key(oneLine, link)).isEqualTo("E|رابط الخبر بصحيفه الوئام");
        assertThat(Lines.key(oneLine, 0)).isNull(); // the sentence before it is the article
        String long_ = "عنوان الخبر\nافتتح الوزير المعرض.\nوقال إنه سعيد.\nوأضاف أن المعرض كبير. رابط الخبر بصحيفة الوئام: عنوان";
        assertThat(Lines.keys(long_)).containsExactly("B|عنوان الخبر", "E|افتتح الوزير", "E|وقال انه", "E|واضاف ان",
                "E|رابط الخبر بصحيفه الوئام");
        assertThat(Lines.key(long_, long_.indexOf("رابط"))).isEqualTo("E|رابط الخبر بصحيفه الوئام");
        // a speaker after a sentence is no label (one word), nor is a sentence of more than five words before a colon
        assertThat(Lines.keys("افتتح الوزير المعرض. وقال: إنه سعيد")).isEmpty();
        assertThat(Lines.keys("افتتح الوزير المعرض. وأكد الوزير أن المعرض سيبقى مفتوحا: كل يوم")).isEmpty();
        // only after the last line's sentences: a link line's own dots are followed by no space
        String dotted = "نص. رابط الخبر: http://a.b/c.html";
        assertThat(Lines.tailStart(dotted, 0, dotted.length())).isEqualTo(4);
    }
    /** What a dateline at the head of the text leaves: the lead, from where {@link Lines#leadStart} says. */
    static String lead(String text) {
        int at = Lines.leadStart(text);
        return at < 0 ? null : text.substring(at);
    }

    @Test
    void aDatelineIsShortSegmentsBeforeTheLead() {
        assertThat(lead("سبق- الرياض: أعلنت وزارة الصحة")).isEqualTo("أعلنت وزارة الصحة");
        assertThat(lead("عبدالله البرقاوي-سبق-الرياض: علمت الصحيفة")).isEqualTo("علمت الصحيفة");
        assertThat(lead("سعود الدعجاني، ذياب الشمري- سبق- الرياض: سجلت مواطنة")).isEqualTo("سجلت مواطنة");
        assertThat(lead("نافل السبيعي – سبق: عايدت الرئاسة")).isEqualTo("عايدت الرئاسة");
        assertThat(lead("\n  واس- جدة: التقى الأمير")).isEqualTo("التقى الأمير");
        assertThat(lead("الرياض - محمد الحيدر نظمت الشركة")).isEqualTo("محمد الحيدر نظمت الشركة");
        assertThat(lead("محمود وهبي ـ جدة\nأقامت الشركة حفلا")).isEqualTo("\nأقامت الشركة حفلا"); // the whole first line
    }

    @Test
    void aSentencesFirstWordsAreNoDateline() {
        assertThat(lead("التنظيم الداعشي الإرهابي -كما جاء في بيان وزارة الداخلية الأخير- كان يخطط")).isNull();
        assertThat(lead("أدت اتفاقية سايكس - بيكو قبل مائة عام إلى تقاسم المنطقة")).isNull();
        assertThat(lead("قال المرصد السوري: قصف الطيران المروحي")).isNull();
        assertThat(lead("قال النائب اللبناني -عن القوات اللبنانية فادي كرم: إن إيران")).isNull();
        assertThat(lead("1948 - اعتقال قادة الحزب")).isNull();
        // a parenthetical between dashes
        assertThat(lead("غادر -بحفظ الله ورعايته- خادم الحرمين الشريفين الملك سلمان")).isNull();
        assertThat(lead("وصل - بحفظ الله ورعايته - خادم الحرمين الشريفين الملك سلمان")).isNull();
        assertThat(lead("أعلنت قيادة قوات التحالف - في بيان - الالتزام بهدنة إنسانية في اليمن")).isNull();
        assertThat(lead("افتتح الوزير المعرض.\nسبق- الرياض: ليس في السطر الأول")).isNull();
    }

    @Test
    void theFirstLinesEventsAreSearchedWithoutTheDateline() {
        String text = "سبق- الرياض: أعلنت وزارة الصحة تسجيل إصابات، وقالت إن الوضع مستقر\nوأضافت الوزارة";
        int lead = text.indexOf("أعلنت");
        int second = text.indexOf("وقالت");
        int end = text.indexOf('\n');
        // an event that starts on the dateline and goes on after it, and one after it: both search the lead only
        assertThat(Lines.searchLineAt(text, 0, second - 2)).containsExactly(lead, end);
        assertThat(Lines.searchLineAt(text, second, end)).containsExactly(lead, end);
        // the next line is its own
        assertThat(Lines.searchLineAt(text, end + 1, text.length())).containsExactly(end + 1, text.length());
        // an event inside what looks like a dateline keeps its whole line
        String alone = "عاجل - انفجار في الرياض\nوقال شهود";
        assertThat(Lines.searchLineAt(alone, 7, alone.indexOf('\n'))).containsExactly(0, alone.indexOf('\n'));
    }
}
