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
}
