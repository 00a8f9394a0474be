package cn.tongpin.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API as a whole, for the OpenAPI document. */
@OpenAPIDefinition(
        info = @Info(title = "Tongpin API", version = "1",
                description = "Headless content service for joint publicity: /admin/v1 is the management API for editors, "
                        + "/content/v1 the read-only delivery API for every channel. Errors are RFC 9457 problems."),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class ApiDefinition extends Application {
}
