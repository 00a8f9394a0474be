package cn.tongpin.delivery.read;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code fields} parameter of every delivered resource, declared once; each resource's shape
 * parameters hold it (as a nested {@code @BeanParam}, not a superclass: SmallRye OpenAPI mixes up
 * the descriptions of {@code @BeanParam} fields that come from a superclass) with their
 * {@code include}, and read both through {@link Selection#parse}.
 */
public class Fields {

    static final String DESCRIPTION = "Sparse fieldset: the fields to answer, comma-separated; `relation.field` (e.g. "
            + "`topics.name`) chooses the fields of a relation. Included relations are always answered. A field the resource "
            + "lacks is a 400 listing those it has.";

    @QueryParam("fields")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = DESCRIPTION, style = ParameterStyle.FORM, explode = Explode.FALSE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Name.class))
    public String fields;

    /** What was asked of an item of this shape, with the relations to include. */
    Selection selection(String include, Selection.Shape shape) {
        return Selection.parse(fields, include, shape);
    }

    @Schema(name = "FieldName", type = SchemaType.STRING, pattern = "^[A-Za-z]+(\\.[A-Za-z]+)?$", maxLength = 100,
            example = "title")
    static final class Name {
    }
}
