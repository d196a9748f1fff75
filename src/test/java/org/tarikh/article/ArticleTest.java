package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** An article is a value of its ten fields, and keeps its {@link Article#keys()} once computed. */
class ArticleTest {

    private static Article article(String text) {
        return new Article("id-1", "2021-04-07", LocalDate.of(2021, 4, 7), "عنوان", "مصدر", "https://example.org/1", "ar",
                text, new Origin("memory", 1));
    }

    @Test
    void keysAreComputedOnceAndAreThoseOfItsFields() {
        String text = "افتتح الوزير المعرض في الرياض بحضور كبير من الزوار والمسؤولين ".repeat(3);
        Article a = article(text);
        Article.Keys keys = a.keys();
        assertThat(a.keys()).isSameAs(keys);
        assertThat(keys).isEqualTo(Article.Keys.of(a.source(), a.dateEvidence(), a.text()));
        assertThat(keys.article()).isNotNull();
    }

    @Test
    void equalityIsThatOfItsFields() {
        String text = "نص المقال";
        Article a = article(text);
        Article b = article(text);
        a.keys(); // a computed key changes nothing
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(article(text + "."));
        assertThat(a.toString()).startsWith("Article[id=id-1, published=2021-04-07, dct=2021-04-07,");
    }
}
