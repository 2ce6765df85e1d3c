package app.coachroom.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay, so a test can make a service vanish on demand (close) and come back on the
 * same port (a new relay with {@link #to(String, int, int)}).
 */
public final class TcpProxy implements AutoCloseable {
  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile Trap trap;

  /** Cut everything when the client sends the marker for the nth time, before it goes through. */
  private record Trap(String marker, int nth, int[] seen) {}

  private TcpProxy(ServerSocket server) {
    this.server = server;
  }

  /** A relay on a free loopback port to a local port. */
  public static TcpProxy to(int targetPort) throws IOException {
    return to("127.0.0.1", targetPort, 0);
  }

  /** A relay on the given loopback port (0: any free one) to host:port. */
  public static TcpProxy to(String host, int targetPort, int listenPort) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort), 50);
    TcpProxy proxy = new TcpProxy(server);
    Thread acceptor = new Thread(() -> proxy.accept(host, targetPort), "tcp-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
    return proxy;
  }

  public int port() {
    return server.getLocalPort();
  }

  private void accept(String host, int targetPort) {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket target;
        try {
          target = new Socket(host, targetPort);
        } catch (IOException e) {
          closeQuietly(client);
          continue;
        }
        sockets.add(client);
        sockets.add(target);
        pipe(client, target, true);
        pipe(target, client, false);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pipe(Socket from, Socket to, boolean fromClient) {
    Thread thread =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[8192];
                String carry = "";
                for (int read; (read = in.read(buffer)) >= 0; ) {
                  Trap armed = fromClient ? trap : null;
                  if (armed != null) {
                    String seen = carry + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
                    if (sprung(armed, seen)) {
                      close();
                      return;
                    }
                    carry = seen.substring(Math.max(0, seen.length() - armed.marker().length()));
                  }
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed; the other follows
              } finally {
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
              }
            },
            "tcp-proxy-pipe");
    thread.setDaemon(true);
    thread.start();
  }

  private static boolean sprung(Trap armed, String seen) {
    synchronized (armed) {
      // the carried tail is shorter than the marker, so a marker found is a new one
      for (int at = seen.indexOf(armed.marker());
          at >= 0;
          at = seen.indexOf(armed.marker(), at + 1)) {
        if (++armed.seen()[0] >= armed.nth()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Makes the relay vanish (as {@link #close()}) the moment a client sends the marker for the nth
   * time, before that request reaches the target: a cut at an exact point of a run, not a timing.
   */
  public void cutOnNth(String marker, int nth) {
    trap = new Trap(marker, nth, new int[1]);
  }

  /** Stops listening and cuts every open connection. */
  @Override
  public void close() {
    closeQuietly(server);
    sockets.forEach(TcpProxy::closeQuietly);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // already closed
    }
  }
}
