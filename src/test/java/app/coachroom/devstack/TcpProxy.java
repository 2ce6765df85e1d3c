package app.coachroom.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay, so a test can make a service vanish on demand (close) and come back on the
 * same port (a new relay with {@link #to(String, int, int)}).
 */
public final class TcpProxy implements AutoCloseable {
  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

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
        pipe(client, target);
        pipe(target, client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
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
