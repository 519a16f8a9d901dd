// The API docs page: Swagger UI from the vendored bundle (no CDN), reading this server's OpenAPI file.
"use strict";
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
