package cn.tongpin.asset;

import cn.tongpin.editing.EditingService;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.Paging;
import cn.tongpin.reference.Referable;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.persistence.TransactionLock;
import cn.tongpin.slug.Slugs;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Images: checked by their bytes, stored once per content hash, described by editors. */
@ApplicationScoped
@Transactional
public class AssetService extends EditingService<Asset, AssetInput, AssetView> {

    static final ListQuery<Asset> LIST = ListQuery.ofEntities(Asset.class);

    @Inject
    AssetConfig config;

    AssetService() {
        // Not found is "No such asset", as before; slugs come from file names at upload, never from the words.
        super(Asset.class, AssetInput.class, "asset", Asset::new, Referable.IMAGE, AssetView::of);
    }

    /** The asset an upload produced, and whether it is new (false: the same bytes were there already). */
    public record Upload(AssetView asset, boolean created) {
    }

    public Upload upload(byte[] bytes, String fileName, AssetInput description) {
        if (bytes.length > config.maxBytes()) {
            throw tooLarge(config.maxBytes());
        }
        if (bytes.length == 0) {
            throw ProblemException.badRequest("The upload is empty", List.of(new FieldError("file", "must not be empty")));
        }
        validation.check(description);
        ImageSniffer.ImageInfo info;
        try {
            info = ImageSniffer.sniff(bytes, config.maxPixels());
        } catch (ImageSniffer.Refused e) {
            int status = e.code().equals("unsupported_media_type") ? 415 : 422;
            throw new ProblemException(status, e.code(), status == 415 ? "Not an image we take" : "Image refused",
                    e.getMessage(), List.of(new FieldError("file", e.getMessage())));
        }
        String sha256 = sha256(bytes);
        // Two uploads of the same bytes at once: the second waits here and then finds the first.
        TransactionLock.take(em, "asset:" + sha256);
        Optional<Asset> existing = Asset.findBySha256(sha256);
        if (existing.isPresent()) {
            return new Upload(AssetView.of(existing.get()), false);
        }
        Asset asset = new Asset();
        asset.contentType = info.contentType();
        asset.byteSize = bytes.length;
        asset.width = info.width();
        asset.height = info.height();
        asset.sha256 = sha256;
        asset.fileName = cleanFileName(fileName);
        asset.altText = blankToNull(description.altText());
        asset.caption = blankToNull(description.caption());
        asset.focalX = description.focalX();
        asset.focalY = description.focalY();
        asset.slug = Slugs.choose(null, baseName(asset.fileName), "image", s -> slugTaken(s, null));
        asset.persistAndFlush();
        em.createNativeQuery("insert into asset_content (asset_id, bytes) values (?1, ?2)")
                .setParameter(1, asset.id).setParameter(2, bytes).executeUpdate();
        return new Upload(AssetView.of(asset), true);
    }

    public ListResponse<AssetView> list(Paging paging, String sort, String contentType) {
        return list(LIST, "-createdAt", paging, sort, new Filter().whereGiven("e.contentType = :type", "type", contentType));
    }

    @Override
    protected void apply(Asset asset, AssetInput input) {
        asset.altText = blankToNull(input.altText());
        asset.caption = blankToNull(input.caption());
        asset.focalX = input.focalX();
        asset.focalY = input.focalY();
    }

    @Override
    protected AssetInput toInput(Asset asset) {
        return new AssetInput(asset.altText, asset.caption, asset.focalX, asset.focalY);
    }

    /** Metadata for serving, without the bytes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Asset> forDelivery(UUID id) {
        return Asset.findByIdOptional(id);
    }

    /** Bytes [from, from + length) of the content; PostgreSQL cuts them, so a range never loads the whole image. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] bytes(UUID id, long from, long length) {
        return (byte[]) em.createNativeQuery("select substring(bytes from ?2 for ?3) from asset_content where asset_id = ?1")
                .setParameter(1, id).setParameter(2, (int) from + 1).setParameter(3, (int) length).getSingleResult();
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "payload_too_large", "Body too large",
                "The image is larger than the limit of " + limit + " bytes", null);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only the last path segment, one line, at most 255 characters: it is shown, never used as a path. */
    private static String cleanFileName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            return null;
        }
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    private static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
