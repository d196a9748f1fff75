package org.tarikh.annotate.morph;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import org.tarikh.annotate.norm.Lexicon;

import de.unihd.dbs.uima.types.heideltime.Token;

/**
 * Sets {@link Token#setPos} from {@link Morphology#pos}, in HeidelTime's view, after the tokenizer
 * and before HeidelTime: HeidelTime's Arabic tense logic (ContextAnalyzer.getLastTense: the last
 * token before an expression tagged VBD/VBN → past, VBP → present/future, «سوف» RP or «المقرر»
 * DTNN → future; else the first such token after it) and its POS-constrained rules read these
 * tags. Without them every Token.pos is null.
 */
public class ArabicPosAnnotator extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) {
        String previous = "";
        for (Token t : JCasUtil.select(jcas, Token.class)) {
            String text = t.getCoveredText();
            String key = ArabicTokenKey.of(text);
            t.setPos(Morphology.pos(text, key, previous));
            previous = key;
        }
    }

    /** The comparison key of a token: {@link Lexicon#key} for words, the character itself otherwise. */
    static final class ArabicTokenKey {
        private ArabicTokenKey() {
        }

        static String of(String text) {
            return !text.isEmpty() && org.tarikh.annotate.ArabicTokenAnnotator.isWordChar(text.charAt(0))
                    ? Lexicon.key(text) : "";
        }
    }
}
