package org.tarikh.annotate;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.JCas;

/**
 * The publication time of day of a document, kept in the CAS (type {@value #TYPE}, TarikhTypes.xml)
 * beside HeidelTime's {@code Dct}, which stays the day. Present only when the caller knows the
 * time (the everyday-phrase suite does; real news articles do not, and none is invented).
 */
public final class PublicationTime {

    public static final String TYPE = "org.tarikh.annotate.PublicationTime";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private PublicationTime() {
    }

    /** Records {@code time} (minute precision) for the document in {@code view}. */
    public static void write(JCas view, LocalTime time) {
        CAS cas = view.getCas();
        Type type = cas.getTypeSystem().getType(TYPE);
        AnnotationFS fs = cas.createAnnotation(type, 0, 0);
        fs.setStringValue(type.getFeatureByBaseName("value"), time.format(HH_MM));
        cas.addFsToIndexes(fs);
    }

    /** The publication time recorded for the document in {@code view}, or null when none is known. */
    public static LocalTime read(JCas view) {
        CAS cas = view.getCas();
        Type type = cas.getTypeSystem().getType(TYPE);
        var it = cas.getAnnotationIndex(type).iterator();
        if (!it.hasNext()) {
            return null;
        }
        String value = it.next().getStringValue(type.getFeatureByBaseName("value"));
        return value == null ? null : LocalTime.parse(value, HH_MM);
    }
}
