package cn.tongpin.delivery.read;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the {@code fields} parameter of every delivered resource says about itself; each resource's
 * parameters declare it with its {@code include} and read both through {@link Selection#parse}.
 * (Declared in each class rather than inherited: SmallRye OpenAPI mixes up the descriptions of
 * {@code @BeanParam} fields that come from a superclass.)
 */
final class Fields {

    static final String DESCRIPTION = "Sparse fieldset: the fields to answer, comma-separated; `relation.field` (e.g. "
            + "`topics.name`) chooses the fields of a relation. Included relations are always answered. A field the resource "
            + "lacks is a 400 listing those it has.";

    private Fields() {
    }

    @Schema(name = "FieldName", type = SchemaType.STRING, pattern = "^[A-Za-z]+(\\.[A-Za-z]+)?$", maxLength = 100,
            example = "title")
    static final class Name {
    }
}
