package app.coachroom.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table model that asks a service for the row count and one page at a time (paged
 * in SQL); the page's own filters are read when the table asks, so changing them and updating the
 * table is enough.
 */
public class PagedModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** How many rows there are with the current filters. */
  @FunctionalInterface
  public interface Count extends Serializable {
    long count();
  }

  /** One page of rows with the current filters. */
  @FunctionalInterface
  public interface Page<T> extends Serializable {
    List<T> page(int first, int size);
  }

  /** A row's key (its ID). */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    String of(T row);
  }

  private final Count count;
  private final Page<T> page;
  private final Key<T> key;

  public PagedModel(Count count, Page<T> page, Key<T> key) {
    this.count = count;
    this.page = page;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) count.count();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return page.page(first, pageSize);
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }
}
