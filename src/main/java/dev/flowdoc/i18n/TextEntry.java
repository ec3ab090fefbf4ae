package dev.flowdoc.i18n;

import dev.flowdoc.model.Location;

/**
 * One translatable text of a data file, as the translation workflow sees it.
 *
 * @param file     the data file, relative to the project ("data/flows.json")
 * @param pointer  the JSON pointer of the text object in that file ("/groups/1/flows/3/description")
 * @param idPath   the stable id path, built from ids, not array positions
 *                 ("flows/group:mail/flow:mail-inbound-direct/description")
 * @param field    the field that holds the text ("description", "note 1")
 * @param context  where the text appears, for translators ("group 'mail' (E-Mail Kommunikation) › flow …")
 * @param location where the text object starts in the file
 */
public record TextEntry(String file, String pointer, String idPath, String field, String context,
                        String de, String en, String src, Location location) {

    public TranslationState state() {
        return Translation.state(de, src);
    }

    /** The XLIFF unit id: the id path with '/' written as '_' (an XLIFF id is an NMTOKEN, which has no '/'). */
    public String unitId() {
        return unitId(idPath);
    }

    public static String unitId(String idPath) {
        return idPath.replace('/', '_');
    }

    /** The id path of an XLIFF unit id (ids and field names never hold '_', so this is exact). */
    public static String idPath(String unitId) {
        return unitId.replace('_', '/');
    }
}
