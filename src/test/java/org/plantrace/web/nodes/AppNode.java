package org.plantrace.web.nodes;

import java.nio.file.Path;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One app node: the web app on embedded Jetty 12 (ee10), started the way {@code mvn jetty:run}
 * starts it — the web.xml's Weld listener, Mojarra's Faces servlet, annotation scanning of the
 * application classes — in a JVM of its own, so that a test can kill it with {@code kill -9}.
 *
 * <p>Arguments: the port and an exploded web app folder (the {@code webapp/} tree with the compiled
 * classes in {@code WEB-INF/classes}, which is where Weld looks for the bean archive that
 * {@code WEB-INF/beans.xml} declares). Every class comes from the JVM's own class path (the test
 * class path, parent first), so the classes scanned and the classes loaded are one copy. The data
 * folder, corpus, accounts and database come as the usual system properties
 * ({@code plantrace.data}, {@code plantrace.db.url} …).
 */
public final class AppNode {
    private AppNode() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path war = Path.of(args[1]);
        Server server = new Server();
        ServerConnector http = new ServerConnector(server);
        http.setHost("127.0.0.1");
        http.setPort(port);
        server.addConnector(http);
        WebAppContext app = new WebAppContext();
        app.setContextPath("/");
        app.setWar(war.toString());
        app.setParentLoaderPriority(true);
        // the web jars' META-INF/resources (Leaflet) are served from the container class path
        app.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", ".*/leaflet-[^/]*\\.jar$");
        app.setThrowUnavailableOnStartupException(true);
        server.setHandler(app);
        server.setStopAtShutdown(true);
        server.start();
        System.out.println("plantrace node listening on " + port);
        server.join();
    }
}
